declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding name the HTML standard's sniffing algorithm gives these bytes (BOM, then <meta> prescan, then the default). */
  export default function htmlEncodingSniffer(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
