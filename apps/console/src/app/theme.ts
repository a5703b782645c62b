import type { ThemeConfig } from 'antd';

/** Government red as the brand colour; every text colour keeps 4.5:1 contrast on its background (WCAG 2.1 AA). */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#b71c1c',
    colorLink: '#a01818',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    // Empty-table and disabled texts are read too (an empty inbox says so): keep them legible.
    colorTextDisabled: 'rgba(0, 0, 0, 0.56)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.56)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    // Danger texts (a partner's delivery failing, a refused read) in the tags' dark red, not the light default.
    colorErrorText: '#a8071a',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif",
  },
};
