// The widgets of Haul's window live here (MainWindow, JobTableModel, ErrorPane, ...).
namespace HaulUi {
int version()
{
    return 0;
}
} // namespace HaulUi
