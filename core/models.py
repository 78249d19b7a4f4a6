"""Every mapped model, imported once so `Base.metadata` is complete (Alembic, tests)."""

from core.inventory import workflow_models  # noqa: F401  (receipts, transfers, counts)
from core.inventory.models import (  # noqa: F401
    Balance,
    Bin,
    Center,
    Lot,
    Move,
    Product,
    ProductCenter,
    Reservation,
    StockSummary,
)
from core.masterdata.models import MasterEdit  # noqa: F401
from core.orders.models import (  # noqa: F401
    OrderImport,
    PackedLine,
    PickList,
    PickListParcel,
    SavedMapping,
)
from core.postal import models as postal_models  # noqa: F401,E402  (postal hand-off)
from core.printing import printlog  # noqa: F401,E402  (print log)
from core.runs import models as run_models  # noqa: F401  (township runs)
from core.shipping.models import (  # noqa: F401
    Division,
    Order,
    OrderLine,
    Parcel,
    ParcelNumberCounter,
    PlaceAlias,
    VillagePoint,
)
from core.storage.base import Base  # noqa: F401
