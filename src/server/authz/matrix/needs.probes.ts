import type { TMatrixContext, TProbes } from './types'

export function needsProbes(ctx: TMatrixContext): TProbes {
  void ctx
  return {}
}
