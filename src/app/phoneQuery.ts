/** Phones get the header menu and the bottom sheets: the width of app.css's phone media query. */
export const PHONE_QUERY = '(max-width: 720px)';
