import type { TMatrixContext, TProbes } from './types'

export function measuresProbes(ctx: TMatrixContext): TProbes {
  void ctx
  return {}
}
