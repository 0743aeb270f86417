import java.util.Arrays;
import java.util.Collection;

/**
 * Starts Payara Micro in this JVM, as {@code java -jar payara-micro.jar} does, and ends the JVM with
 * status 1 when the server fails to start. Payara Micro only logs "Failed to start, exiting" (its
 * HTTP port taken, say): the data grid it has joined by then keeps the JVM running, a member of
 * the cluster that never serves. The same holds when the server starts but the application it was
 * told to deploy refuses to (Firmas refuses a sender at localhost with a real mail server): Payara
 * logs why and goes on serving nothing. Run it with the options Payara's own manifest would give:
 * {@code java @src/main/payara/payara-micro.args -cp payara-micro.jar src/main/payara/StartNode.java --deploy ...}
 */
public class StartNode {

    public static void main(String[] args) {
        Class<?> launcher;
        try {
            launcher = Class.forName("fish.payara.micro.boot.PayaraMicroLauncher");
            launcher.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (ReflectiveOperationException | RuntimeException failed) {
            Throwable cause = failed.getCause() != null ? failed.getCause() : failed;
            System.err.println("Payara Micro did not start (" + cause + "); exiting with status 1");
            System.exit(1);
            return;
        }
        if (Arrays.asList(args).contains("--deploy") && deployedApplications(launcher) == 0) {
            System.err.println("Payara Micro started, but the application did not deploy (the log above says why); "
                    + "exiting with status 1");
            System.exit(1);
        }
    }

    /**
     * How many applications the started server runs, as its own instance description lists them
     * (the one it logs as "Deployed"): the runtime's list of application names keeps one whose
     * deployment failed.
     */
    private static int deployedApplications(Class<?> launcher) {
        try {
            Object boot = launcher.getMethod("getBootClass").invoke(null);
            Object runtime = Class.forName("fish.payara.micro.boot.PayaraMicroBoot").getMethod("getRuntime").invoke(boot);
            Object instance = Class.forName("fish.payara.micro.PayaraMicroRuntime").getMethod("getLocalDescriptor").invoke(runtime);
            return ((Collection<?>) Class.forName("fish.payara.micro.data.InstanceDescriptor")
                    .getMethod("getDeployedApplications").invoke(instance)).size();
        } catch (ReflectiveOperationException | RuntimeException unknown) {
            // A Payara that answers differently is not taken for a failed deployment.
            return -1;
        }
    }
}
