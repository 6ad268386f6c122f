import { render } from 'preact';
import { App } from '@/components/popup/App';
import '@/components/popup/popup.css';

render(<App now={Date.now()} />, document.getElementById('app')!);
