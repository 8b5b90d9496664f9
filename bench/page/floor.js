/* global customElements */
// The floor of row 1: the smallest useful Lit element (a reactive property, styles, a template),
// built with the same settings as dist/news-widgets.js. Everything the library weighs above this
// is its own (its use of decorators included). Plain JavaScript, so that no TypeScript setting
// of the project changes what it compiles to.
import { LitElement, css, html } from 'lit';

class BenchFloor extends LitElement {
  static properties = { name: {} };

  static styles = css`
    :host {
      display: block;
    }
  `;

  constructor() {
    super();
    this.name = 'floor';
  }

  render() {
    return html`<p>${this.name}</p>`;
  }
}

customElements.define('bench-floor', BenchFloor);
