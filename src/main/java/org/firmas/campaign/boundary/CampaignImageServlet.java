package org.firmas.campaign.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firmas.campaign.entity.StoredImage;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.ImageVariant;

/**
 * {@code GET /campaign-images/{campaign id}/{sha256}/{width}.jpg} (or {@code .png}): one size of a
 * campaign's header image, and {@code /campaign-images/{campaign id}/share/{sha256}/1200.jpg} its
 * share image, from this site, never another. The hash is of the bytes served, so the address
 * changes with the picture and says nothing about the upload. Browsers and caches keep a size for a
 * day only: a replaced or removed picture, whose address is gone at once, is gone from them a day later.
 */
@WebServlet(StoredImage.PATH_PREFIX + "*")
public class CampaignImageServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([0-9]{1,18})/(share/)?([0-9a-f]{64})/([0-9]{1,5})\\.(jpg|png)");
    static final String A_DAY = "public, max-age=86400";

    @Inject
    CampaignImages images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<ImageVariant> size = path.matches()
                ? images.size(path.group(2) == null ? ImagePurpose.HEADER : ImagePurpose.SHARE,
                        Long.parseLong(path.group(1)), path.group(3), Integer.parseInt(path.group(4)))
                : Optional.empty();
        if (size.isEmpty() || !size.get().extension().equals(path.group(5))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(size.get().contentType());
        response.setHeader("Cache-Control", A_DAY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(size.get().bytes().length);
        response.getOutputStream().write(size.get().bytes());
    }
}
