import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '@legal-hotline/service-runtime';
import { IntakeConfig } from '../intake.service-definition.js';
import { onlineQuestionSettingsOf } from './online-question-settings.js';

const BASE = {
  DATABASE_URL: 'postgresql://platform:platform@127.0.0.1:54329/intake',
  OIDC_ISSUER: 'http://127.0.0.1:18080/auth/realms/legal-hotline',
  CALLER_HASH_KEY: 'unit-test-caller-hash-key-0123456789abcdef',
};

const settingsOf = (config: IntakeConfig) =>
  onlineQuestionSettingsOf({
    calendarFile: config.BUSINESS_CALENDAR_FILE,
    officeHours: config.ONLINE_ANSWER_OFFICE_HOURS,
    answerWorkingHours: config.ONLINE_ANSWER_WORKING_HOURS,
    maxOpenClaims: config.ONLINE_QUESTION_MAX_OPEN_CLAIMS,
    overdueScanMs: config.ONLINE_QUESTION_OVERDUE_SCAN_MS,
  });

describe(onlineQuestionSettingsOf.name, () => {
  it('answers within 4 working hours of 08:30-17:30, three open claims each, by default', () => {
    expect(settingsOf(loadConfig(IntakeConfig, BASE))).toMatchObject({
      officeHours: [{ fromMinute: 510, toMinute: 1050 }],
      answerWorkingHours: 4,
      maxOpenClaims: 3,
      overdueScanMs: 30_000,
    });
  });

  it('takes office hours with a lunch break and 0 working hours', () => {
    const config = loadConfig(IntakeConfig, {
      ...BASE,
      ONLINE_ANSWER_OFFICE_HOURS: '08:30-12:00,13:30-17:30',
      ONLINE_ANSWER_WORKING_HOURS: '0',
    });
    expect(settingsOf(config)).toMatchObject({
      officeHours: [
        { fromMinute: 510, toMinute: 720 },
        { fromMinute: 810, toMinute: 1050 },
      ],
      answerWorkingHours: 0,
    });
  });

  it.each([
    [
      'ONLINE_ANSWER_OFFICE_HOURS',
      '17:30-08:30',
      /ONLINE_ANSWER_OFFICE_HOURS must be local spans.*ends before it starts/,
    ],
    ['ONLINE_ANSWER_WORKING_HOURS', '-1', /ONLINE_ANSWER_WORKING_HOURS must be a number of hours/],
    ['ONLINE_QUESTION_MAX_OPEN_CLAIMS', '0', /ONLINE_QUESTION_MAX_OPEN_CLAIMS must be a whole number/],
    [
      'BUSINESS_CALENDAR_FILE',
      '/nonexistent/calendar.json',
      /BUSINESS_CALENDAR_FILE must name a readable calendar file/,
    ],
  ])('refuses to start with %s=%s, naming the problem', (name, value, message) => {
    expect(() => loadConfig(IntakeConfig, { ...BASE, [name]: value })).toThrow(message);
  });
});
