package org.firmas.mydata.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.firmas.signature.boundary.SupporterRecords;
import org.firmas.signature.entity.SignersErased;

/**
 * Ends the "my data" links of an address whose last signatures are being erased (a withdrawal,
 * an import undone, retention, or the page's own "erase everything"), in the erasing transaction:
 * a link to nothing would only keep the address, encrypted, for no one. Only addresses with a
 * link are asked about, a handful, however many signers a retention run erases.
 */
@ApplicationScoped
public class ErasedSignersLinks {

    @Inject
    MyDataLinks links;

    @Inject
    SupporterRecords records;

    void onErased(@Observes SignersErased erased) {
        List<String> withLinks = links.addressesWithLinks();
        if (!withLinks.isEmpty() && !erased.signatureIds().isEmpty()) {
            records.leftWithNothing(withLinks, erased.signatureIds()).forEach(links::useUp);
        }
    }
}
