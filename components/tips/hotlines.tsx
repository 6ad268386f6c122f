import { pageKinds } from '@/utils/page-detection';
import { registerTip } from './registry';

registerTip({
  id: 'hotlines',
  pages: pageKinds,
  content: ({ policy }) => {
    const hotlines = policy.hotlines;
    if (!hotlines) return null;
    return {
      title: '有疑问，打这些电话',
      body: (
        <ul>
          {hotlines.value.map((line) => (
            <li key={line.number}>
              <strong>{line.number}</strong>：{line.for}
            </li>
          ))}
        </ul>
      ),
      references: [hotlines.reference],
    };
  },
});
