/**
 * Says when the browser withholds access to official sites, and how to allow it: otherwise those pages show no
 * panel and nobody says why. On a tab we can see (the resident clicked us there) it names that site; else it
 * lists the withheld ones. 允许访问 asks the browser, in the click itself as it requires.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { hostOfPattern, patternOfUrl, withheldHosts } from '@/utils/host-access';

interface Access {
  withheld: string[];
  /** The active tab's official pattern, when withheld and its address is visible to us. */
  thisTab?: string;
}

async function readAccess(): Promise<Access> {
  const withheld = await withheldHosts(browser.permissions);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  const pattern = patternOfUrl(tab?.url);
  return { withheld, thisTab: pattern && withheld.includes(pattern) ? pattern : undefined };
}

export function HostAccessNotice() {
  const [access, setAccess] = useState<Access>();
  useEffect(() => {
    const update = () => void readAccess().then(setAccess, () => {});
    update();
    browser.permissions.onAdded.addListener(update);
    browser.permissions.onRemoved.addListener(update);
    return () => {
      browser.permissions.onAdded.removeListener(update);
      browser.permissions.onRemoved.removeListener(update);
    };
  }, []);
  if (!access || access.withheld.length === 0) return null;
  const asked = access.thisTab ? [access.thisTab] : access.withheld;
  const sites = asked.map(hostOfPattern).join('、');
  // Called straight from the click: browsers grant permissions only in answer to the user's gesture.
  const allow = () => void browser.permissions.request({ origins: asked }).catch(() => {});
  return (
    <section class="caveat" data-host-access="withheld" aria-labelledby="host-access-title">
      <h2 id="host-access-title">网站访问权限未开启</h2>
      <p>
        {access.thisTab
          ? `浏览器没有允许本助手读取此网站（${sites}），`
          : `浏览器没有允许本助手读取这些官方网站：${sites}，`}
        所以在这些页面旁不会显示提示。
      </p>
      <p>
        <button type="button" onClick={allow}>
          允许访问
        </button>
      </p>
      <p>
        也可以在浏览器的扩展程序管理中打开本助手的“网站访问权限”：Chrome
        选“在所有网站上”或“在特定网站上”并加入这些网站， Firefox 在扩展菜单中选“始终允许”。允许后请刷新官方页面。
      </p>
    </section>
  );
}
