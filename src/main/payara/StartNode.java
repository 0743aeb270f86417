/**
 * Starts Payara Micro in this JVM, as {@code java -jar payara-micro.jar} does, and ends the JVM with
 * status 1 when the server fails to start. Payara Micro only logs "Failed to start, exiting" (its
 * HTTP port taken, say): the data grid it has joined by then keeps the JVM running, a member of
 * the cluster that never serves. Run it with the options Payara's own manifest would give:
 * {@code java @src/main/payara/payara-micro.args -cp payara-micro.jar src/main/payara/StartNode.java --deploy ...}
 */
public class StartNode {

    public static void main(String[] args) {
        try {
            Class.forName("fish.payara.micro.boot.PayaraMicroLauncher").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (ReflectiveOperationException | RuntimeException failed) {
            Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
            System.err.println("Payara Micro did not start (" + cause + "); exiting with status 1");
            System.exit(1);
        }
    }
}
