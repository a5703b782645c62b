import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { childrenOf, provinces, type RegionOption } from './regions';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
  loading?: boolean;
}

function optionOf(region: RegionOption): Option {
  return { value: region.code, label: region.name, isLeaf: !region.hasChildren };
}

function withChildren(options: Option[], code: string, children: Option[]): Option[] {
  return options.map((option) =>
    option.value === code
      ? { ...option, children, isLeaf: children.length === 0 }
      : option.children
        ? { ...option, children: withChildren(option.children, code, children) }
        : option,
  );
}

export interface RegionCascaderProps {
  /** The chosen path of codes, province first (the form keeps the path, the request takes its last code). */
  value?: string[];
  onChange?: (path: string[]) => void;
  id?: string;
  placeholder?: string;
  'aria-label'?: string;
  disabled?: boolean;
}

/**
 * Province → city → county → township → village, loaded level by level from the region
 * catalog. Any level can be chosen: a township or village code routes most precisely.
 */
export function RegionCascader({ value, onChange, id, placeholder, disabled, ...rest }: RegionCascaderProps) {
  const [options, setOptions] = useState<Option[]>([]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let tree = (await provinces()).map(optionOf);
      // A path restored from a draft needs its levels loaded to show its names.
      for (const code of (value ?? []).slice(0, -1)) {
        const children = (await childrenOf(code).catch(() => [])).map(optionOf);
        tree = withChildren(tree, code, children);
      }
      if (!cancelled) setOptions(tree);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
    // Only on mount: later choices load through loadData.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const loadData = async (selected: Option[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) return;
    const children = (await childrenOf(target.value)).map(optionOf);
    setOptions((current) => withChildren(current, target.value, children));
  };

  return (
    <Cascader<Option>
      id={id}
      aria-label={rest['aria-label']}
      options={options}
      loadData={(selected) => void loadData(selected)}
      value={value}
      onChange={(path) => onChange?.((path ?? []).map(String))}
      changeOnSelect
      showSearch={false}
      disabled={disabled}
      placeholder={placeholder ?? '省 / 市 / 县（区）/ 乡镇（街道）/ 村（社区）'}
      style={{ width: '100%' }}
      displayRender={(labels) => labels.join(' / ')}
    />
  );
}
