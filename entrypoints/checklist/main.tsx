import { render } from 'preact';
import { Checklist } from '@/components/checklist/Checklist';
import '@/components/checklist/checklist.css';

const params = new URLSearchParams(location.search);
render(
  <Checklist
    now={Date.now()}
    year={Number(params.get('year')) || undefined}
    category={params.get('category') ?? undefined}
  />,
  document.getElementById('app')!,
);
