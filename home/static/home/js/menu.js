// Shows the header's menu open on wide screens. Without this file the menu still works: it is a
// <details> that a tap or Enter opens, and the stylesheet shows it open where it can.
(function () {
    var menu = document.querySelector("[data-site-menu]");
    if (!menu || !window.matchMedia) return;
    var wide = window.matchMedia("(min-width: 64rem)");
    function follow() { menu.open = wide.matches; }
    follow();
    if (wide.addEventListener) wide.addEventListener("change", follow);
})();
