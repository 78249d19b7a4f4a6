"""What places, orders and runs share: the parcel and its tables (`models`)."""
