import { useEffect, useState } from 'react';

/** Phones get the header menu and the bottom sheets: the width of app.css's phone media query. */
export const PHONE_QUERY = '(max-width: 720px)';

/** Whether the window is phone-wide now; follows rotation and resizing. */
export function useIsPhone(): boolean {
  const [isPhone, setIsPhone] = useState(() => window.matchMedia(PHONE_QUERY).matches);
  useEffect(() => {
    const mq = window.matchMedia(PHONE_QUERY);
    const onChange = () => setIsPhone(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return isPhone;
}
