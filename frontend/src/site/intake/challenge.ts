import type { Ref } from 'vue'
import { api, unwrap } from '@/api/client'
import type { components } from '@/api/schema'
import { solve } from './sha256'

type ChallengeAnswer = components['schemas']['ChallengeAnswer']

/**
 * The self-hosted human check every public form passes: fetch a challenge, solve it (in a worker, so the page stays
 * responsive; on the main thread where workers are unavailable), and send the answer with the form.
 */
export async function solvedChallenge(): Promise<ChallengeAnswer> {
  const c = await unwrap(api.GET('/api/public/challenges'))
  const nonce = c.nonce ?? ''
  const difficulty = c.difficulty ?? 0
  const solution = await solveOffThread(nonce, difficulty)
  return { nonce, difficulty, expiresAt: c.expiresAt ?? 0, signature: c.signature ?? '', solution }
}

function solveOffThread(nonce: string, difficulty: number): Promise<number> {
  if (typeof Worker === 'undefined') return Promise.resolve(solve(nonce, difficulty))
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<number>) => {
      worker.terminate()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message))
    }
    worker.postMessage({ nonce, difficulty })
  })
}

/** Solves a challenge, then sends the form with it; {@code stage} tells the user which of the two is under way. */
export async function sendWithChallenge<T>(stage: Ref<string>, send: (challenge: ChallengeAnswer) => Promise<T>): Promise<T> {
  stage.value = '正在进行人机验证（约需数秒，请稍候）…'
  try {
    const challenge = await solvedChallenge()
    stage.value = '正在提交…'
    return await send(challenge)
  } finally {
    stage.value = ''
  }
}
