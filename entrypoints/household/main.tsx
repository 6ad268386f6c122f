import { render } from 'preact';
import { browser } from 'wxt/browser';
import { HouseholdApp } from '@/components/household/HouseholdApp';
import '@/components/household/household.css';

render(<HouseholdApp noticeReaderUrl={browser.runtime.getURL('/options.html')} />, document.getElementById('app')!);
