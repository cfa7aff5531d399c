import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { ReactNode } from 'react';
import { isMac, modKeyName } from '../../ui/keyboard';
import { memosStrings as s } from '../memosStrings';

const alt = isMac ? '⌥' : 'Alt';
const t = s.tools;

interface ToolState {
  paragraph: boolean;
  h1: boolean;
  h2: boolean;
  h3: boolean;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  inTable: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

function ToolButton({ label, keys, pressed, disabled, onRun, children }: { label: string; keys?: string; pressed?: boolean; disabled?: boolean; onRun: () => void; children: ReactNode }) {
  const title = keys ? s.withShortcut(label, keys) : label;
  return (
    <button
      type="button"
      className={`memo-tool${pressed ? ' on' : ''}`}
      aria-label={label}
      title={title}
      aria-pressed={pressed}
      disabled={disabled}
      // Keeps the selection in the text: the command applies where the analyst was.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onRun}
    >
      {children}
    </button>
  );
}

/** Headings, emphasis, lists, quote, table, rule, undo and redo, each with its usual shortcut; table editing while in a table. */
export function MemoToolbar({ editor, extra }: { editor: Editor; extra?: ReactNode }) {
  const state = useEditorState<ToolState>({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive('paragraph'),
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const mod = modKeyName;
  return (
    <div className="memo-toolbar" role="toolbar" aria-label={s.formatting}>
      <div className="memo-tool-group">
        <ToolButton label={t.paragraph} keys={`${mod}+${alt}+0`} pressed={state.paragraph} onRun={() => chain().setParagraph().run()}>
          ¶
        </ToolButton>
        {([1, 2, 3] as const).map((level) => (
          <ToolButton key={level} label={t.heading(level)} keys={`${mod}+${alt}+${level}`} pressed={state[`h${level}`]} onRun={() => chain().toggleHeading({ level }).run()}>
            H{level}
          </ToolButton>
        ))}
      </div>
      <div className="memo-tool-group">
        <ToolButton label={t.bold} keys={`${mod}+B`} pressed={state.bold} onRun={() => chain().toggleBold().run()}>
          <b>B</b>
        </ToolButton>
        <ToolButton label={t.italic} keys={`${mod}+I`} pressed={state.italic} onRun={() => chain().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label={t.underline} keys={`${mod}+U`} pressed={state.underline} onRun={() => chain().toggleUnderline().run()}>
          <u>U</u>
        </ToolButton>
      </div>
      <div className="memo-tool-group">
        <ToolButton label={t.bulletList} keys={`${mod}+Shift+8`} pressed={state.bulletList} onRun={() => chain().toggleBulletList().run()}>
          •≡
        </ToolButton>
        <ToolButton label={t.orderedList} keys={`${mod}+Shift+7`} pressed={state.orderedList} onRun={() => chain().toggleOrderedList().run()}>
          1≡
        </ToolButton>
        <ToolButton label={t.blockquote} keys={`${mod}+Shift+B`} pressed={state.blockquote} onRun={() => chain().toggleBlockquote().run()}>
          ❝
        </ToolButton>
      </div>
      <div className="memo-tool-group">
        <ToolButton label={t.table} disabled={state.inTable} onRun={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
          ⊞
        </ToolButton>
        <ToolButton label={t.rule} onRun={() => chain().setHorizontalRule().run()}>
          ―
        </ToolButton>
      </div>
      <div className="memo-tool-group">
        <ToolButton label={t.undo} keys={`${mod}+Z`} disabled={!state.canUndo} onRun={() => chain().undo().run()}>
          ↶
        </ToolButton>
        <ToolButton label={t.redo} keys={isMac ? `${mod}+Shift+Z` : `${mod}+Y`} disabled={!state.canRedo} onRun={() => chain().redo().run()}>
          ↷
        </ToolButton>
      </div>
      {extra && <div className="memo-tool-group">{extra}</div>}
      {state.inTable && (
        <div className="memo-tool-group memo-table-tools" role="group" aria-label={t.table}>
          <button type="button" className="small quiet" onMouseDown={(e) => e.preventDefault()} onClick={() => chain().addRowAfter().run()}>
            {t.addRow}
          </button>
          <button type="button" className="small quiet" onMouseDown={(e) => e.preventDefault()} onClick={() => chain().addColumnAfter().run()}>
            {t.addColumn}
          </button>
          <button type="button" className="small quiet" onMouseDown={(e) => e.preventDefault()} onClick={() => chain().deleteRow().run()}>
            {t.deleteRow}
          </button>
          <button type="button" className="small quiet" onMouseDown={(e) => e.preventDefault()} onClick={() => chain().deleteColumn().run()}>
            {t.deleteColumn}
          </button>
          <button type="button" className="small quiet danger-quiet" onMouseDown={(e) => e.preventDefault()} onClick={() => chain().deleteTable().run()}>
            {t.deleteTable}
          </button>
        </div>
      )}
    </div>
  );
}
