import Foundation

/// The only place that writes to the terminal: results to stdout, diagnostics and
/// progress to stderr, so piping the output of a command never mixes in messages.
enum Terminal {

    static func print(_ line: String) {
        write(line + "\n", to: FileHandle.standardOutput)
    }

    /// One JSON value on one line of stdout, written as it is serialised.
    static func print(_ value: JSON) {
        value.write(inChunks: { write($0, to: FileHandle.standardOutput) })
        write("\n", to: FileHandle.standardOutput)
    }

    // Messages can quote article text (an actor's name, a file name): its control
    // characters are shown, never sent to the terminal as instructions.
    static func error(_ message: String) {
        write("whosaid: error: \(VisibleControls.render(message))\n", to: FileHandle.standardError)
    }

    static func warning(_ message: String) {
        write("whosaid: warning: \(VisibleControls.render(message))\n", to: FileHandle.standardError)
    }

    static func note(_ message: String) {
        write(VisibleControls.render(message) + "\n", to: FileHandle.standardError)
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Rewrites one status line on stderr (only when stderr is a terminal).
    static func progress(_ message: String) {
        guard stderrIsTerminal else { return }
        write("\r\u{1B}[K" + message, to: FileHandle.standardError)
    }

    static func endProgress() {
        guard stderrIsTerminal else { return }
        write("\r\u{1B}[K", to: FileHandle.standardError)
    }

    /// Terminal width for tables, from $COLUMNS or the terminal, else 100.
    static var width: Int {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(c), n > 20 { return n }
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 100
    }

    private static func write(_ text: String, to handle: FileHandle) {
        handle.write(Data(text.utf8))
    }
}
