/**
 * QR code matrices from qrcode-generator (Kazuhiko Arase, MIT): byte mode, error correction
 * level M, the smallest version that fits. The text is encoded as UTF-8 (the library's own
 * byte mode keeps only the low byte of each UTF-16 unit). The matrix is drawn with Views, the
 * same on weapp and H5.
 */
import qrcode from 'qrcode-generator'

/** rows of modules, true = dark */
export type QrMatrix = boolean[][]

/** UTF-8 bytes as a string of char codes 0–255, the form the library's byte mode reads. */
function utf8ByteString(text: string): string {
  return encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

export function qrMatrix(text: string): QrMatrix {
  const qr = qrcode(0, 'M')
  qr.addData(utf8ByteString(text), 'Byte')
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => qr.isDark(y, x)))
}

/** Dark runs per row, for drawing with few elements: [row][i] = [startColumn, length]. */
export function qrRuns(matrix: QrMatrix): Array<Array<[number, number]>> {
  return matrix.map((row) => {
    const runs: Array<[number, number]> = []
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue
      const start = x
      while (x + 1 < row.length && row[x + 1]) x++
      runs.push([start, x - start + 1])
    }
    return runs
  })
}
