// Empty: like the real extension, the floor has a service worker (the e2e launcher finds extensions by it).
