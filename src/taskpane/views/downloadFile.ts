/**
 * Offers a file (a text or bytes) as a download from the pane. Downloads work in browsers and Excel on the
 * web, but not reliably in Excel desktop (WebView2): the caller then says where the data is in
 * the workbook instead.
 *
 * @param content - the file's text (a BOM, if wanted, is part of it) or bytes
 * @param fileName - the suggested name
 * @param type - the MIME type
 * @returns false when the page cannot download
 * @example
 * downloadFile(csv, "appels-2025.csv", "text/csv;charset=utf-8");
 */
export function downloadFile(
  content: string | Uint8Array,
  fileName: string,
  type: string
): boolean {
  if (
    typeof document === "undefined" ||
    typeof URL === "undefined" ||
    typeof URL.createObjectURL !== "function"
  ) {
    return false;
  }
  try {
    const url = URL.createObjectURL(
      new Blob([typeof content === "string" ? content : new Uint8Array(content)], { type })
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    // The host refused the download: the caller falls back to the workbook.
    return false;
  }
}
