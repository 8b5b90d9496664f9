import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Rows to tell when their scroller's size changes; one observer serves the whole page. */
const onResize = new WeakMap<Element, () => void>();
let resizes: ResizeObserver | undefined;

/**
 * The state of a sideways-scrolling row for its Previous and Next buttons: whether it can scroll
 * back or on, kept current as the row scrolls, resizes or is rendered anew, and paging by a
 * screenful.
 */
export class ScrollRowController implements ReactiveController {
  /** The row can scroll back (Previous works). */
  back = false;
  /** The row can scroll on (Next works). */
  on = false;
  private scroller?: HTMLElement;

  /** `find` returns the host's scroller as rendered now, if there is one. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: () => HTMLElement | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.scroller) resizes?.observe(this.scroller);
  }

  hostDisconnected(): void {
    if (this.scroller) resizes?.unobserve(this.scroller);
  }

  hostUpdated(): void {
    const scroller = this.find();
    if (scroller === this.scroller) return;
    if (this.scroller) resizes?.unobserve(this.scroller);
    this.scroller = scroller;
    if (!scroller) return;
    resizes ??= new ResizeObserver((entries) => entries.forEach(({ target }) => onResize.get(target)?.()));
    onResize.set(scroller, this.check);
    resizes.observe(scroller); // reports the first size at once, so the buttons start right
  }

  /** Re-reads the scroll position; the row's `scroll` listener. */
  readonly check = (): void => {
    if (!this.scroller) return;
    const { scrollLeft, scrollWidth, clientWidth } = this.scroller;
    // A pixel of slack: zoomed pages scroll in fractions.
    const back = scrollLeft > 1;
    const on = scrollLeft + clientWidth < scrollWidth - 1;
    if (back === this.back && on === this.on) return;
    [this.back, this.on] = [back, on];
    this.host.requestUpdate();
  };

  /** Scrolls a screenful back (-1) or on (1); scroll snapping then lines a story up with the edge. */
  page(direction: -1 | 1): void {
    if (this.scroller && (direction < 0 ? this.back : this.on))
      this.scroller.scrollBy({ left: direction * this.scroller.clientWidth });
  }
}
