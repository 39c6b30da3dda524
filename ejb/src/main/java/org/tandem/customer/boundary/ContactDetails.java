package org.tandem.customer.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;

/** A customer's contact as the rep types it in. */
public record ContactDetails(
        @NotBlank @Size(max = 60) String name,
        @Size(max = 60) String position,
        @Size(max = 30) String phone,
        @Email @Size(max = 200) String email,
        boolean primary) implements Serializable {
}
