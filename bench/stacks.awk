# Classifies the request worker threads ("executor-thread-*") of jstack dumps by what they are doing,
# and prints "count<TAB>activity" lines. A sampling profile of where requests spend their time.
function flush() {
    if (!inworker) return
    what = ""
    if (stack ~ /AuditLog\.append/ && stack ~ /ReentrantLock/ && stack !~ /AuditLog\.write/) what = "audit: waiting for the sealing lock (another request is writing the batch)"
    else if (stack ~ /AuditLog\.write/ && stack ~ /(socketRead|NioSocketImpl|SocketInputStream|Socket\.read|PacketReader|readPacket)/) what = "audit: writing a batch, waiting for MariaDB"
    else if (stack ~ /AuditLog\.write/) what = "audit: writing a batch, in the JVM"
    else if (stack ~ /(socketRead|NioSocketImpl|SocketInputStream|readPacket)/) what = "waiting for MariaDB in " firstapp
    else if (stack ~ /agroal/ && stack ~ /(park|await)/) what = "waiting for a pooled connection in " firstapp
    else if (stack ~ /ThreadPoolExecutor\.getTask|EnhancedQueueExecutor.*(park|poll)|EnhancedQueueExecutor\$PoolThreadNode\.park/ && firstapp == "") what = "idle"
    else if (stack ~ /io\.quarkus\.qute|qute\./) what = "rendering a page (Qute) in " firstapp
    else if (stack ~ /jackson/) what = "writing JSON"
    else if (stack ~ /org\.hibernate/) what = "Hibernate (in the JVM) in " firstapp
    else if (firstapp != "") what = "other work in " firstapp
    else what = "other: " top
    count[what]++
    inworker = 0
}
/^"/ { flush(); inworker = ($0 ~ /^"executor-thread-/); stack = ""; firstapp = ""; top = ""; next }
/^$/ { flush(); next }
inworker {
    stack = stack "\n" $0
    if (top == "" && $1 == "at") top = $2
    if (firstapp == "" && $0 ~ /at com\.kneerehab\./ && $0 !~ /_Subclass|_ClientProxy|\$\$/) { firstapp = $2; sub(/\(.*/, "", firstapp); sub(/^com\.kneerehab\.records\./, "", firstapp) }
}
END { flush(); for (w in count) printf "%d\t%s\n", count[w], w }
