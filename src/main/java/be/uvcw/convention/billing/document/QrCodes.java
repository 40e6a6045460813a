package be.uvcw.convention.billing.document;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.util.Map;

/** QR codes for EPC payloads: the module matrix only, so that the PDF draws it as vectors (no image encoding). */
final class QrCodes {

  /** EPC069-12 asks for level M; UTF-8 matches the character set line "1" of the payload. */
  private static final Map<EncodeHintType, Object> HINTS =
      Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8");

  private QrCodes() {}

  /** The modules of the symbol, without quiet zone; {@code true} = dark. */
  static boolean[][] modules(String payload) {
    try {
      ByteMatrix matrix = Encoder.encode(payload, ErrorCorrectionLevel.M, HINTS).getMatrix();
      boolean[][] dark = new boolean[matrix.getHeight()][matrix.getWidth()];
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          dark[y][x] = matrix.get(x, y) == 1;
        }
      }
      return dark;
    } catch (WriterException e) {
      throw new IllegalStateException("Code QR impossible à produire", e);
    }
  }
}
