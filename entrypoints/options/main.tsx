import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/popup/popup.css';

render(<OptionsApp />, document.getElementById('app')!);
