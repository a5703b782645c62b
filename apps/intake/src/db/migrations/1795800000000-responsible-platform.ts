import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The provincial 12348 platforms as they were when this migration was written (the default
 * table of the tickets domain), by province number: the backfill must not change when the
 * table does.
 */
const PROVINCIAL_PLATFORMS = `(VALUES
  ('11', '12348-bj', '北京市12348公共法律服务热线'),
  ('12', '12348-tj', '天津市12348公共法律服务热线'),
  ('13', '12348-he', '河北省12348公共法律服务热线'),
  ('14', '12348-sx', '山西省12348公共法律服务热线'),
  ('15', '12348-nm', '内蒙古自治区12348公共法律服务热线'),
  ('21', '12348-ln', '辽宁省12348公共法律服务热线'),
  ('22', '12348-jl', '吉林省12348公共法律服务热线'),
  ('23', '12348-hl', '黑龙江省12348公共法律服务热线'),
  ('31', '12348-sh', '上海市12348公共法律服务热线'),
  ('32', '12348-js', '江苏省12348公共法律服务热线'),
  ('33', '12348-zj', '浙江省12348公共法律服务热线'),
  ('34', '12348-ah', '安徽省12348公共法律服务热线'),
  ('35', '12348-fj', '福建省12348公共法律服务热线'),
  ('36', '12348-jx', '江西省12348公共法律服务热线'),
  ('37', '12348-sd', '山东省12348公共法律服务热线'),
  ('41', '12348-ha', '河南省12348公共法律服务热线'),
  ('42', '12348-hb', '湖北省12348公共法律服务热线'),
  ('43', '12348-hn', '湖南省12348公共法律服务热线'),
  ('44', '12348-gd', '广东省12348公共法律服务热线'),
  ('45', '12348-gx', '广西壮族自治区12348公共法律服务热线'),
  ('46', '12348-hi', '海南省12348公共法律服务热线'),
  ('50', '12348-cq', '重庆市12348公共法律服务热线'),
  ('51', '12348-sc', '四川省12348公共法律服务热线'),
  ('52', '12348-gz', '贵州省12348公共法律服务热线'),
  ('53', '12348-yn', '云南省12348公共法律服务热线'),
  ('54', '12348-xz', '西藏自治区12348公共法律服务热线'),
  ('61', '12348-sn', '陕西省12348公共法律服务热线'),
  ('62', '12348-gs', '甘肃省12348公共法律服务热线'),
  ('63', '12348-qh', '青海省12348公共法律服务热线'),
  ('64', '12348-nx', '宁夏回族自治区12348公共法律服务热线'),
  ('65', '12348-xj', '新疆维吾尔自治区12348公共法律服务热线')
) AS p (province_number, organisation_id, organisation)`;

/** What a transfer recorded before partners' receipts existed holds: nothing heard from the partner yet. */
const NO_RECEIPT = `'{"receipt": "awaiting-acceptance", "acceptedAt": null, "rejection": null, "overdue": null, "result": null}'::jsonb`;

/**
 * The responsible platform of every ticket: who answers the caller, runs the follow-up call and
 * closes (owner rules and read scopes compare its id), apart from the first contact, where the
 * request first arrived. Tickets opened on a 12348 platform keep their first-contact
 * organisation; a partner's forward goes to the provincial 12348 platform of its region (first
 * two digits of the code), since nobody on the platform acted for the partner and such tickets
 * could not be closed. A forward whose region lies in no province (none: the exchange accepts
 * known division codes only) keeps its partner, as before.
 *
 * And the partners' receipts of transfers (accepted, rejected, overdue, result), on every
 * transfer already recorded.
 */
export class ResponsiblePlatform1795800000000 implements MigrationInterface {
  name = 'ResponsiblePlatform1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE tickets
        ADD COLUMN responsible_organisation_id varchar(200),
        ADD COLUMN responsible_organisation varchar(200),
        ADD COLUMN responsible_basis varchar(20)`);
    await queryRunner.query(`
      UPDATE tickets t SET
        responsible_organisation_id = p.organisation_id,
        responsible_organisation = p.organisation,
        responsible_basis = 'region-platform'
      FROM ${PROVINCIAL_PLATFORMS}
      WHERE t.channel = 'partner' AND left(t.region_code, 2) = p.province_number`);
    await queryRunner.query(`
      UPDATE tickets SET
        responsible_organisation_id = first_contact_organisation_id,
        responsible_organisation = first_contact_organisation,
        responsible_basis = 'first-contact'
      WHERE responsible_organisation_id IS NULL`);
    await queryRunner.query(`
      ALTER TABLE tickets
        ALTER COLUMN responsible_organisation_id SET NOT NULL,
        ALTER COLUMN responsible_organisation SET NOT NULL,
        ALTER COLUMN responsible_basis SET NOT NULL`);
    await queryRunner.query(`CREATE INDEX tickets_responsible_idx ON tickets (responsible_organisation_id, opened_at)`);

    await queryRunner.query(`
      UPDATE tickets SET transfers = (
        SELECT jsonb_agg(${NO_RECEIPT} || transfer ORDER BY position)
        FROM jsonb_array_elements(transfers) WITH ORDINALITY AS t(transfer, position))
      WHERE jsonb_array_length(transfers) > 0`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      UPDATE tickets SET transfers = (
        SELECT jsonb_agg(transfer - 'receipt' - 'acceptedAt' - 'rejection' - 'overdue' - 'result' ORDER BY position)
        FROM jsonb_array_elements(transfers) WITH ORDINALITY AS t(transfer, position))
      WHERE jsonb_array_length(transfers) > 0`);
    await queryRunner.query('DROP INDEX tickets_responsible_idx');
    await queryRunner.query(`
      ALTER TABLE tickets
        DROP COLUMN responsible_organisation_id,
        DROP COLUMN responsible_organisation,
        DROP COLUMN responsible_basis`);
  }
}
