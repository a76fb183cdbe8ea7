import { ref } from 'vue'

const KEY = 'tianshan.elderly'
/** 长者模式: larger type and stronger contrast, remembered on this device. */
export const elderly = ref(typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === 'on')

export function applyElderlyMode(on: boolean): void {
  elderly.value = on
  document.documentElement.classList.toggle('elderly', on)
  localStorage.setItem(KEY, on ? 'on' : 'off')
}
