import { LitElementRenderer } from '@lit-labs/ssr';
import { prepareServerRender, type ServerRenderContext } from '../server-render.js';

/**
 * Lit's element renderer, with the library's server hooks run before each element renders (its
 * controllers' work of connecting and updating, src/server-render.ts). The context is the one of
 * the synchronous render running now.
 */
export class NewsElementRenderer extends LitElementRenderer {
  private static context?: ServerRenderContext;

  /** Runs `render` with `context` as the context of every element it renders. */
  static within<T>(context: ServerRenderContext, render: () => T): T {
    NewsElementRenderer.context = context;
    try {
      return render();
    } finally {
      NewsElementRenderer.context = undefined;
    }
  }

  override connectedCallback(): void {
    if (NewsElementRenderer.context && this.element) prepareServerRender(this.element, NewsElementRenderer.context);
    super.connectedCallback();
  }
}
