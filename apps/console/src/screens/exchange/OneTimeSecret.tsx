import { Alert, Descriptions, Typography } from 'antd';

/**
 * A secret the exchange shows this once: it is kept encrypted and never answered again. Copy it
 * now and hand it to the partner over a safe channel.
 */
export function OneTimeSecret({ title, id, idLabel, secret }: { title: string; id: string; idLabel: string; secret: string }) {
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={title}
      data-testid="one-time-secret"
      description={
        <>
          <Typography.Paragraph strong>密钥只显示这一次，关闭后无法再次查看。请立即复制，并通过安全渠道交给对方；不要通过普通邮件、即时通讯群发送。</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'id', label: idLabel, children: <Typography.Text copyable={{ text: id, tooltips: ['复制', '已复制'] }}>{id}</Typography.Text> },
              {
                key: 'secret',
                label: '密钥',
                children: (
                  <Typography.Text code copyable={{ text: secret, tooltips: ['复制密钥', '已复制'] }} style={{ wordBreak: 'break-all' }}>
                    {secret}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </>
      }
    />
  );
}
