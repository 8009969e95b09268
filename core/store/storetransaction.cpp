#include "core/store/storetransaction.h"

#include <QSqlError>

StoreTransaction::StoreTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_begun = m_db.isOpen() && m_db.transaction();
}

StoreTransaction::~StoreTransaction()
{
    if (m_begun && !m_done)
        m_db.rollback();
}

bool StoreTransaction::commit()
{
    if (!m_begun || m_done)
        return false;
    m_done = true;
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

QString StoreTransaction::error() const
{
    return m_db.isOpen() ? m_db.lastError().text() : QStringLiteral("store not open");
}
