import Dispatch
import Foundation
import SQLite

/// While a long query runs, Ctrl-C (SIGINT) interrupts the query instead of killing
/// the process, so the command can say what happened and close the database cleanly.
/// The signal is ignored at the process level and delivered to a dispatch source,
/// whose handler runs on another thread and calls `sqlite3_interrupt`, which SQLite
/// documents as safe from any thread. `cancel()` restores the default action.
final class InterruptOnSignal {
    private let source: DispatchSourceSignal

    init(_ interrupter: QueryInterrupter) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue.global())
        source.setEventHandler { interrupter.interrupt() }
        source.resume()
    }

    func cancel() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
