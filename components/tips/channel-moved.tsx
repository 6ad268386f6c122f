import { registerTip } from './registry';

registerTip({
  id: 'channel-moved',
  pages: ['rsj-old-platform'],
  content: ({ policy }) => {
    const channels = policy.figures.paymentChannels;
    if (channels.kind !== 'included') return null;
    return {
      title: '城乡居民医保费已不在这里缴纳',
      body: (
        <>
          <p>
            这是原来的北京市社会保险网上服务平台。<strong>城乡居民医保费现在不在这里缴纳</strong>
            {`，请改用下面的渠道（${channels.year}年度通知列出的）：`}
          </p>
          <ul>
            {channels.value.map((channel) => (
              <li key={channel.name}>
                <strong>{channel.name}</strong>
                {channel.detail && `：${channel.detail}`}
              </li>
            ))}
          </ul>
        </>
      ),
      references: [channels.reference],
    };
  },
});
