import Foundation

/// A FIFO queue whose `pop` waits for an item, with close (no more items) and cancel
/// (drop the rest).
final class BlockingQueue<Element>: @unchecked Sendable {
    enum Pop {
        case item(Element)
        case timedOut
        case closed
    }

    private let condition = NSCondition()
    private var items: [Element] = []
    private var head = 0
    private var closed = false

    var isClosed: Bool { condition.withLock { closed } }

    /// Appends an item; false when the queue is closed.
    @discardableResult
    func push(_ item: Element) -> Bool {
        condition.withLock {
            guard !closed else { return false }
            items.append(item)
            condition.signal()
            return true
        }
    }

    /// The next item, waiting up to `timeout` seconds (nil: as long as it takes).
    func pop(timeout: Double?) -> Pop {
        condition.lock()
        defer { condition.unlock() }
        let deadline = timeout.map { Date(timeIntervalSinceNow: $0) }
        while head == items.count {
            if closed { return .closed }
            if let deadline {
                if !condition.wait(until: deadline), head == items.count { return closed ? .closed : .timedOut }
            } else {
                condition.wait()
            }
        }
        let item = items[head]
        head += 1
        if head > 1024, head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return .item(item)
    }

    /// No more items will come; those queued can still be popped.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    /// Closes and drops everything queued.
    func cancel() {
        condition.withLock {
            closed = true
            items.removeAll()
            head = 0
            condition.broadcast()
        }
    }
}

/// A counter of free places: `acquire` takes one (waiting), `release` gives one back.
final class Window: @unchecked Sendable {
    private let condition = NSCondition()
    private var free: Int

    init(size: Int) {
        free = max(1, size)
    }

    /// Takes a place; false when none came free within `timeout` seconds.
    func acquire(timeout: Double) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while free == 0 {
            if !condition.wait(until: deadline), free == 0 { return false }
        }
        free -= 1
        return true
    }

    func release() {
        condition.withLock {
            free += 1
            condition.signal()
        }
    }
}
