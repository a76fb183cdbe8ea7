/**
 * Public pages arrive server-rendered (complete HTML inside #app). The app mounts off-screen and takes the page's
 * place only when the content it fetches has arrived, so a reader never sees the page blank out and fill again:
 * no layout shift, and the largest paint stays the server's. Pages that fetch their content hold the hand-over
 * until it is there; a safety timeout hands over regardless.
 */
let holds = 0
let handOver: (() => void) | null = null
let handedOver = false

function tryHandOver() {
  if (!handedOver && holds === 0 && handOver) {
    handedOver = true
    handOver()
  }
}

/** Called by a page as it starts fetching what it shows; call the returned function once it is shown. */
export function holdServerRendering(): () => void {
  if (handedOver) {
    return () => {}
  }
  holds++
  let released = false
  return () => {
    if (!released) {
      released = true
      holds--
      tryHandOver()
    }
  }
}

/** Arranges for {@code swap} to run once every page holding the hand-over has released it, or after {@code patienceMs}. */
export function whenContentIsReady(swap: () => void, patienceMs: number) {
  handOver = swap
  setTimeout(() => {
    holds = 0
    tryHandOver()
  }, patienceMs)
  tryHandOver()
}

/** For tests: forget any earlier hand-over. */
export function resetServerRendering() {
  holds = 0
  handOver = null
  handedOver = false
}
