package org.firmas.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a text attribute encrypted with the current data key and reads it back in clear. */
@Converter
public class EncryptedColumn implements AttributeConverter<String, String> {

    private FieldCipher cipher;

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher().decrypt(stored);
    }

    // Looked up on first use: the persistence unit may build converters before CDI is ready.
    private FieldCipher cipher() {
        if (cipher == null) {
            cipher = CDI.current().select(FieldCipher.class).get();
        }
        return cipher;
    }
}
