#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A monotonic clock for the time split of ingest (reading, extraction, resolution,
/// writing): cheap enough to call around every actor look-up.
public enum Stopwatch {
    /// Nanoseconds since an arbitrary start.
    public static var now: UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Seconds elapsed since `start` (a value of `now`).
    public static func since(_ start: UInt64) -> Double {
        Double(now &- start) / 1e9
    }
}

extension Stopwatch {
    /// CPU time used by the calling thread so far, in seconds: unlike wall-clock time, it
    /// does not count the time a thread waited for a core that others were using.
    public static var threadCPUSeconds: Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
