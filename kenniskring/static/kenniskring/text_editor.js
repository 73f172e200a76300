// Turns every textarea[data-text-editor] into a small editor: bold, italic, two kinds of
// list and links, with buttons and the usual keyboard shortcuts (Ctrl/Cmd+B, +I, +K,
// Ctrl/Cmd+Shift+8 and +7 for the lists). The text area stays in the form and receives the
// HTML, which the server cleans again. Without this script the text area is used as it is.
import "./text_editor_labels.js";
import {
    Bold,
    BulletList,
    Document,
    HardBreak,
    History,
    Italic,
    Link,
    ListItem,
    Menu,
    OrderedList,
    Paragraph,
    Text,
    createTextareaEditor,
} from "../django_prose_editor/editor.js";

const ICON_NAMES = {
    format_bold: "bold",
    format_italic: "italic",
    format_list_bulleted: "unordered list",
    format_list_numbered: "ordered list",
    insert_link: "insert link",
    link_off: "remove link",
    undo: "undo",
    redo: "redo",
};

function describeButtons(wrapper, labels) {
    // The editor builds its menu bar after it starts, and redraws the buttons' states as
    // the cursor moves: each change gets the Dutch (or French, English) names and states.
    const sync = () => {
        const toolbar = wrapper.querySelector(".prose-menubar");
        if (!toolbar) {
            return;
        }
        if (toolbar.getAttribute("role") !== "toolbar") {
            toolbar.setAttribute("role", "toolbar");
            toolbar.setAttribute("aria-label", labels.toolbar || "");
        }
        for (const button of toolbar.querySelectorAll("button")) {
            const icon = button.dataset.icon || button.textContent.trim();
            button.dataset.icon = icon;
            const label = labels[ICON_NAMES[icon]];
            if (label && button.getAttribute("aria-label") !== label) {
                button.setAttribute("aria-label", label);
                button.setAttribute("title", label);
            }
            const pressed = button.classList.contains("active") ? "true" : "false";
            if (button.getAttribute("aria-pressed") !== pressed) {
                button.setAttribute("aria-pressed", pressed);
            }
            const disabled = button.classList.contains("disabled") ? "true" : "false";
            if (button.getAttribute("aria-disabled") !== disabled) {
                button.setAttribute("aria-disabled", disabled);
            }
        }
    };
    sync();
    new MutationObserver(sync).observe(wrapper, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ["class"],
    });
}

function start(textarea) {
    const labels = JSON.parse(textarea.dataset.textEditor);
    if (textarea.dataset.textEditorHtml !== undefined) {
        // The server shows plain text in the text area; the editor opens the formatted text.
        textarea.value = textarea.dataset.textEditorHtml;
    }
    const editor = createTextareaEditor(textarea, [
        Document,
        Paragraph,
        Text,
        HardBreak,
        History,
        Bold,
        Italic,
        BulletList,
        OrderedList,
        ListItem,
        Link.configure({ openOnClick: false, enableTarget: false }),
        Menu,
    ]);
    const label = document.querySelector(`label[for="${textarea.id}"]`);
    const attributes = { role: "textbox", "aria-multiline": "true", class: "text-editor__area" };
    if (label) {
        label.id = label.id || `${textarea.id}_label`;
        attributes["aria-labelledby"] = label.id;
        label.addEventListener("click", () => editor.commands.focus());
    }
    const described = textarea.getAttribute("aria-describedby");
    if (described) {
        attributes["aria-describedby"] = described;
    }
    if (textarea.getAttribute("aria-invalid")) {
        attributes["aria-invalid"] = textarea.getAttribute("aria-invalid");
    }
    editor.setOptions({ editorProps: { attributes } });
    describeButtons(textarea.closest(".prose-editor"), labels);
}

for (const textarea of document.querySelectorAll("textarea[data-text-editor]")) {
    start(textarea);
}
