import { solve } from './sha256'

self.onmessage = (event: MessageEvent<{ nonce: string; difficulty: number }>) => {
  self.postMessage(solve(event.data.nonce, event.data.difficulty))
}
