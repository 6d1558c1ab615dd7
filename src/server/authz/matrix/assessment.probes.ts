import type { TMatrixContext, TProbes } from './types'

export function assessmentProbes(ctx: TMatrixContext): TProbes {
  void ctx
  return {}
}
