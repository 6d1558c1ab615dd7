import type { TMatrixContext, TProbes } from './types'

export function networksProbes(ctx: TMatrixContext): TProbes {
  void ctx
  return {}
}
