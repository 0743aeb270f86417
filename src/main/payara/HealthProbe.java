import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check: exits with 0 when the address it is given answers 200 (every
 * health check of the node is up), and with 1 otherwise. The image has a JDK but no HTTP client
 * of the command line. The node must list 127.0.0.1 in FIRMAS_MONITORING_ADDRESSES.
 */
public class HealthProbe {

    public static void main(String[] args) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(4000);
            int status = connection.getResponseCode();
            System.out.println(args[0] + " answered " + status);
            System.exit(status == 200 ? 0 : 1);
        } catch (IOException e) {
            System.out.println(args[0] + " did not answer: " + e.getClass().getSimpleName());
            System.exit(1);
        }
    }
}
