// The editor's dialog texts in the page's language. Evaluated before the editor module,
// which reads window.gettext once when it loads; the words come from the text area's
// data-text-editor attribute, which the server fills in the reader's language.
const field = document.querySelector("textarea[data-text-editor]");
const labels = field ? JSON.parse(field.dataset.textEditor) : {};
if (!window.gettext) {
    window.gettext = (text) => labels[text] || text;
}
