import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/popup/App';
import '@/components/popup/popup.css';

render(
  <App
    now={Date.now()}
    optionsUrl={browser.runtime.getURL('/options.html')}
    checklistUrl={browser.runtime.getURL('/checklist.html')}
    householdUrl={browser.runtime.getURL('/household.html')}
    withHostAccess
  />,
  document.getElementById('app')!,
);
