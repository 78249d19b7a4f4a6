from core.inventory import catalog, queries, services


def test_receive_move_reserve_pick_adjust(db):
    with db.uow() as uow:
        center = catalog.create_center(uow, code="TSC", name_zh="措勤")
        catalog.create_bin(uow, center, "A-01")
        catalog.create_bin(uow, center, "A-02")
        catalog.create_product(uow, sku="CSH-001", name_zh="羊绒围巾")
        uow.commit()
    with db.uow() as uow:
        services.receive(uow, center="TSC", bin="A-01", sku="CSH-001", quantity=10)
        services.move_stock(
            uow, center="TSC", from_bin="A-01", to_bin="A-02", sku="CSH-001", quantity=3
        )
        reserved = services.reserve(uow, center="TSC", sku="CSH-001", quantity=8)
        services.pick(uow, reserved.reservation_ids[0])
        uow.commit()
    with db.uow(write=False) as uow:
        [row] = queries.stock_rows(uow.session)
        card = queries.stock_card(uow.session, "CSH-001")
    assert (row.on_hand, row.reserved, row.available) == (3, 1, 2)
    assert [line.balance for line in card] == [10, 10, 3]
