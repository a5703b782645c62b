import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Button, Select, Space } from 'antd';
import { childrenOf, provinces, regionOf } from '../../components/regions';
import { breadcrumbOf, catalogCodeOf, levelOf, regionPrefixOf } from './region-scope';

const NEXT_LEVEL_NAMES = {
  province: '市（州）',
  city: '县（市、区）',
  county: '乡镇（街道）',
} as const;

export interface RegionDrillProps {
  /** The region shown, as a prefix; null: every region the person may see. */
  region: string | null;
  /** A supervisor's area: the breadcrumb starts there and nothing above it is offered. */
  area: string | null;
  onChange: (region: string | null) => void;
}

/**
 * The region filter: where the figures are now (a breadcrumb to go back up) and the divisions one
 * level down to go into, from the region catalog. Down to townships, the finest the figures break down.
 */
export function RegionDrill({ region, area, onChange }: RegionDrillProps) {
  const path = useQuery({
    queryKey: ['region', region === null ? null : catalogCodeOf(region)],
    queryFn: () => regionOf(catalogCodeOf(region!)),
    enabled: region !== null,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const level = region === null ? null : levelOf(region);
  const canGoDown = level !== 'township';
  const children = useQuery({
    queryKey: ['region-children', region],
    queryFn: () => (region === null ? provinces() : childrenOf(catalogCodeOf(region))),
    enabled: canGoDown,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

  const steps =
    region === null ? [] : breadcrumbOf(path.data?.path ?? [{ code: catalogCodeOf(region), name: region }], area);
  const items = [
    ...(area === null ? [{ region: null as string | null, name: '全国' }] : []),
    ...steps.map((step) => ({ region: step.region, name: step.name })),
  ];
  const nextLevelName = level === null ? '省（自治区、直辖市）' : level === 'township' ? null : NEXT_LEVEL_NAMES[level];

  return (
    <Space wrap size="middle" align="center">
      <nav aria-label="当前统计地区">
        <Breadcrumb
          items={items.map((item, index) => ({
            key: item.region ?? 'all',
            title:
              index === items.length - 1 ? (
                <span aria-current="location" data-testid="dashboard-region-current">
                  {item.name}
                </span>
              ) : (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: 'auto' }}
                  onClick={() => onChange(item.region)}
                >
                  {item.name}
                </Button>
              ),
          }))}
        />
      </nav>
      {canGoDown && nextLevelName ? (
        <Select
          aria-label={`下钻到${nextLevelName}`}
          placeholder={`选择${nextLevelName}`}
          showSearch={{ optionFilterProp: 'label' }}
          loading={children.isLoading}
          value={null}
          style={{ minWidth: 200 }}
          options={(children.data ?? []).map((child) => ({ value: regionPrefixOf(child.code), label: child.name }))}
          onChange={(value: string | null) => {
            if (value) onChange(value);
          }}
          notFoundContent={children.isError ? '区划加载失败，请稍后重试' : '无下级区划'}
          data-testid="dashboard-region-down"
        />
      ) : null}
    </Space>
  );
}
