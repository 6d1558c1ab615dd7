import { createHash } from 'node:crypto'
import { cleanFileName, MAX_PAPER_BYTES, paperType } from './paper-types'

export type TCheckedFile = { fileName: string; contentType: string; sizeBytes: number; sha256: string; content: Uint8Array<ArrayBuffer> }

/**
 * An uploaded file as it is kept, or why it is refused: empty, too large, or not a document or
 * image by its name and first bytes (paper-types.ts). One rule for every upload the product takes:
 * forum papers, network materials, portal resources.
 */
export async function checkedFile(upload: File): Promise<TCheckedFile | { error: 'emptyFile' | 'tooLarge' | 'fileType' }> {
  if (upload.size === 0) return { error: 'emptyFile' }
  if (upload.size > MAX_PAPER_BYTES) return { error: 'tooLarge' }
  const bytes = new Uint8Array(await upload.arrayBuffer())
  const fileName = cleanFileName(upload.name)
  const contentType = paperType(fileName, bytes)
  if (!contentType) return { error: 'fileType' }
  return { fileName, contentType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes }
}
